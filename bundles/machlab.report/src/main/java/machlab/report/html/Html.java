package machlab.report.html;

/** Escaping for text and attribute values in HTML and SVG. */
final class Html {

    private Html() {
    }

    /** {@code s} with {@code & < > " '} escaped: safe as element text and as a quoted attribute value. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // control characters other than tab are not allowed in HTML text (a console log may hold them)
                    if (c < 0x20 && c != '\t' && c != '\n') {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** {@code s} cut to {@code max} characters, with an ellipsis when cut. */
    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, Math.max(0, max - 1)) + "…";
    }

    /** A coordinate with one decimal at most, as SVG reads it. */
    static String num(double v) {
        long r = Math.round(v * 10);
        return r % 10 == 0 ? Long.toString(r / 10) : Double.toString(r / 10.0);
    }
}
