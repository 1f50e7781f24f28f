package dev.shellbook.render;

/** Escaping for text placed into HTML, and a tiny builder that keeps pages readable line by line. */
final class Html {
    private final StringBuilder out = new StringBuilder();

    /** {@code text} with {@code & < > " '} replaced by entities, safe in element content and quoted attributes. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /** Appends raw HTML (already escaped). */
    Html raw(String html) {
        out.append(html);
        return this;
    }

    /** Appends raw HTML and a newline. */
    Html line(String html) {
        out.append(html).append('\n');
        return this;
    }

    /** Appends {@code <tag attrs>escaped text</tag>} and a newline; {@code attrs} is raw, may be empty. */
    Html element(String tag, String attrs, String text) {
        out.append('<').append(tag).append(attrs.isEmpty() ? "" : " " + attrs).append('>')
                .append(escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
