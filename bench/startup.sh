#!/usr/bin/env bash
# Start-up of the packaged engine (java to the first answer of /login), as the jar starts and
# as the Docker image starts it: extracted, with a class-data-sharing archive (CDS) made by a
# training run. Each way twice: on a new database (H2, schema created) and on the same again.
# Arguments are passed to the application: how a setting is tried.
#   mvn -B -q package -DskipTests && bash bench/startup.sh [--some.setting=value ...]
set -euo pipefail
jar=$(ls target/onboarding-engine-*.jar | head -1)
work=$(mktemp -d)
# The engine runs in a command substitution's subshell: its pid is kept in a file for this trap.
trap '[ -f "$work/pid" ] && kill "$(cat "$work/pid")" 2>/dev/null; rm -rf "$work"' EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Seconds from java's start to the first 200 of /login, then stops the engine.
seconds_to_ready() {
  local data_dir=$1; shift
  local port; port=$(free_port)
  local started; started=$(date +%s.%N)
  java "$@" --server.port="$port" --onboarding.data-dir="$data_dir" --spring.mail.port="$(free_port)" > "$work/last.log" 2>&1 &
  local pid=$!
  echo "$pid" > "$work/pid"
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login")" = 200 ]; do
    if ! kill -0 "$pid" 2>/dev/null || [ "$(awk -v start="$started" -v now="$(date +%s)" 'BEGIN { print (now - start > 180) }')" = 1 ]; then
      cat "$work/last.log" >&2; return 1
    fi
    sleep 0.1
  done
  awk -v end="$(date +%s.%N)" -v start="$started" 'BEGIN { print end - start }'
  kill "$pid"; wait "$pid" || true
  rm "$work/pid"
}

java -Djarmode=tools -jar "$jar" extract --destination "$work/app" > /dev/null
app=$work/app/$(basename "$jar")
# The training run starts the application context and stops (Spring Boot's spring.context.exit).
java -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.context.exit=onRefresh -jar "$app" \
  --onboarding.data-dir="$work/training" --server.port=0 > "$work/training.log" 2>&1 || { cat "$work/training.log" >&2; exit 1; }

printf '%-32s %10s %10s\n' "" "new db" "same db"
for way in "jar" "extracted + CDS"; do
  case $way in
    jar) command=(-jar "$jar" "$@") ;;
    *) command=(-XX:SharedArchiveFile="$work/app.jsa" -jar "$app" "$@") ;;
  esac
  rm -rf "$work/data"
  first=$(seconds_to_ready "$work/data" "${command[@]}")
  again=$(seconds_to_ready "$work/data" "${command[@]}")
  printf '%-32s %9.1fs %9.1fs\n' "$way" "$first" "$again"
done
