package org.crmpolicy.examples.report;

/** HTML text escaping for element content and attribute values. Stateless, thread-safe. */
public final class Html {

    private Html() {
    }

    /**
     * Escapes {@code & < > " '} so any text, including Chinese names and user-entered content, is shown as text
     * and never read as markup. {@code null} becomes the empty string.
     */
    public static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
