package org.laureate.platform;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The fonts of the PDF documents: DejaVu Sans, embedded, so that Cyrillic and Belarusian letters print everywhere. */
public final class PdfFonts {

    private static final String FONTS = "/org/laureate/platform/fonts/";

    private PdfFonts() {
    }

    /** The regular face at {@code size} points. */
    public static Font regular(float size) {
        return new Font(load("DejaVuSans.ttf"), size);
    }

    /** The bold face at {@code size} points. */
    public static Font bold(float size) {
        return new Font(load("DejaVuSans-Bold.ttf"), size);
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
