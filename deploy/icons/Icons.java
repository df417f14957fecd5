import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the site's icons: a plate on the dark tile, with the accent bar, and no letters, so that the same WAR's
 * icons suit any campus (its name is in the manifest and pages, from the campus file). Shapes only, so no fonts are
 * needed. Run from the repository: {@code java -Djava.awt.headless=true deploy/icons/Icons.java}.
 */
public class Icons {

    static final Color TILE = new Color(0x1b1b1b);
    static final Color PLATE = new Color(0xf6f6f4);
    static final Color ACCENT = new Color(0xf2b233);

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/webapp/static");
        for (int size : new int[] {192, 512}) {
            ImageIO.write(draw(size, false), "png", out.resolve("icon-" + size + ".png").toFile());
            ImageIO.write(draw(size, true), "png", out.resolve("icon-maskable-" + size + ".png").toFile());
        }
        Files.writeString(out.resolve("icon.svg"), svg());
    }

    /** The 64-unit drawing of icon.svg, scaled; a maskable icon is full-bleed with the drawing in its safe zone. */
    static BufferedImage draw(int size, boolean maskable) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double unit = size / 64.0;
        g.setColor(TILE);
        if (maskable) {
            g.fillRect(0, 0, size, size);
            // The safe zone is the centre circle of 80 % of the width.
            g.translate(size * 0.15, size * 0.15);
            unit *= 0.7;
        } else {
            g.fill(new RoundRectangle2D.Double(0, 0, size, size, 28 * unit, 28 * unit));
        }
        g.setColor(PLATE);
        g.setStroke(new BasicStroke((float) (3.2 * unit)));
        g.draw(new Ellipse2D.Double((32 - 14) * unit, (29 - 14) * unit, 28 * unit, 28 * unit));
        g.setStroke(new BasicStroke((float) (1.6 * unit)));
        g.draw(new Ellipse2D.Double((32 - 7.5) * unit, (29 - 7.5) * unit, 15 * unit, 15 * unit));
        g.setColor(ACCENT);
        g.fill(new RoundRectangle2D.Double(16 * unit, 49 * unit, 32 * unit, 3.2 * unit, 3.2 * unit, 3.2 * unit));
        g.dispose();
        return image;
    }

    static String svg() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\">"
                + "<rect width=\"64\" height=\"64\" rx=\"14\" fill=\"#1b1b1b\"/>"
                + "<circle cx=\"32\" cy=\"29\" r=\"14\" fill=\"none\" stroke=\"#f6f6f4\" stroke-width=\"3.2\"/>"
                + "<circle cx=\"32\" cy=\"29\" r=\"7.5\" fill=\"none\" stroke=\"#f6f6f4\" stroke-width=\"1.6\"/>"
                + "<rect x=\"16\" y=\"49\" width=\"32\" height=\"3.2\" rx=\"1.6\" fill=\"#f2b233\"/></svg>\n";
    }
}
