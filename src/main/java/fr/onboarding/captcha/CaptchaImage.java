package fr.onboarding.captcha;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.imageio.ImageIO;

/** Draws the characters to copy, each turned a little, over noise lines: a PNG data URL. */
final class CaptchaImage {

    private static final int WIDTH = 220;
    private static final int HEIGHT = 70;

    private CaptchaImage() {
    }

    static String pngDataUrl(String text, SecureRandom random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(245, 246, 250));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            drawNoise(g, random);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 34));
            int step = (WIDTH - 20) / text.length();
            for (int i = 0; i < text.length(); i++) {
                AffineTransform saved = g.getTransform();
                int x = 14 + i * step;
                int y = 48 + random.nextInt(8) - 4;
                g.rotate(Math.toRadians(random.nextInt(40) - 20), x, y);
                g.setColor(new Color(20 + random.nextInt(80), 30 + random.nextInt(80), 90 + random.nextInt(100)));
                g.drawString(String.valueOf(text.charAt(i)), x, y);
                g.setTransform(saved);
            }
        } finally {
            g.dispose();
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(toPng(image));
    }

    private static void drawNoise(Graphics2D g, SecureRandom random) {
        g.setStroke(new BasicStroke(1.5f));
        for (int i = 0; i < 8; i++) {
            g.setColor(new Color(150 + random.nextInt(80), 150 + random.nextInt(80), 150 + random.nextInt(80)));
            g.drawLine(random.nextInt(WIDTH), random.nextInt(HEIGHT), random.nextInt(WIDTH), random.nextInt(HEIGHT));
        }
    }

    private static byte[] toPng(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
