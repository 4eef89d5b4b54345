#!/usr/bin/env bash
# Latency of the journey's main calls against a running engine (loopback only), N times each:
# registration (process start + account insert), activation (Argon2id hash of password and
# answer + message correlation), an authenticated GET /api/me (Argon2id verify).
# Start the engine first without captcha and rate limits, e.g.:
#   java -jar target/onboarding-engine-*.jar --onboarding.captcha.enabled=false \
#        --onboarding.rate-limits.enabled=false --server.port=8081 --spring.mail.port=2526
# then: bash bench/api-latency.sh [base-url] [N]
set -euo pipefail
base="${1:-http://127.0.0.1:8081}"
n="${2:-20}"
tmp=$(mktemp -d)
percentiles() { sort -n "$1" | awk '{a[NR]=$1} END {printf "p50 %.0f ms, p95 %.0f ms, max %.0f ms (n=%d)\n", a[int(NR*0.5)+ (NR%2)]*1000, a[int(NR*0.95+0.5)]*1000, a[NR]*1000, NR}'; }

for i in $(seq 1 "$n"); do
  email="bench-$RANDOM$RANDOM-$i@example.fr"
  curl -s -o /dev/null -w '%{time_total}\n' -X POST "$base/api/accounts" -H 'Content-Type: application/json' \
    -d "{\"loginEmail\":\"$email\",\"loginEmailConfirmation\":\"$email\",\"firstName\":\"Banc\",\"lastName\":\"Essai\",\"termsAccepted\":true,\"language\":\"fr\"}" >> "$tmp/register"
  echo "$email" >> "$tmp/emails"
done
sleep 5  # the job executor sends the mails
for email in $(cat "$tmp/emails"); do
  token=$(curl -s "$base/dev/mails" | tr '\n' ' ' | grep -o "To <strong>$email</strong>[^§]*" | grep -o '/activation/[A-Za-z0-9_-]*' | head -1 | cut -d/ -f3 || true)
  [ -n "$token" ] || continue
  curl -s -o /dev/null -w '%{time_total}\n' --fail -X POST "$base/api/activations/$token" -H 'Content-Type: application/json' \
    -d '{"password":"Chorus-Pro-2026!","passwordConfirmation":"Chorus-Pro-2026!","secretQuestion":"Q ?","secretAnswer":"R"}' >> "$tmp/activate"
  curl -s -o /dev/null -w '%{time_total}\n' -u "$email:Chorus-Pro-2026!" "$base/api/me" >> "$tmp/me"
done
echo "POST /api/accounts:          $(percentiles "$tmp/register")"
echo "POST /api/activations/{t}:   $(percentiles "$tmp/activate")"
echo "GET /api/me (HTTP Basic):    $(percentiles "$tmp/me")"
rm -rf "$tmp"
