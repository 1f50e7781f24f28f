package dev.shellbook.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Renders lesson prose (Markdown) for the terminal: headings bold, {@code code} highlighted, lists with bullets
 * or numbers, block quotes, code blocks, GFM tables, and paragraphs wrapped to the width.
 */
public final class TerminalMarkdown {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private final Style style;
    private final int width;

    /** @param width the line width to wrap at (at least 20) */
    public TerminalMarkdown(Style style, int width) {
        this.style = style;
        this.width = Math.max(20, width);
    }

    /** The rendered text, lines separated by {@code \n}, without a trailing newline. */
    public String render(String markdown) {
        List<String> out = new ArrayList<>();
        blocks(PARSER.parse(markdown), "", "", false, out);
        return String.join("\n", out.stream().map(l -> l.replace('\u00A0', ' ').stripTrailing()).toList());
    }

    private void blocks(Node parent, String first, String rest, boolean tight, List<String> out) {
        boolean firstBlock = true;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (!firstBlock && !tight) {
                out.add(rest);
            }
            block(n, firstBlock ? first : rest, rest, out);
            firstBlock = false;
        }
    }

    private void block(Node n, String first, String rest, List<String> out) {
        if (n instanceof Paragraph) {
            wrap(inline(n, UnaryOperator.identity()), first, rest, out);
        } else if (n instanceof Heading) {
            wrap(inline(n, style::heading), first, rest, out);
        } else if (n instanceof ListBlock list) {
            list(list, first, rest, out);
        } else if (n instanceof FencedCodeBlock code) {
            code(code.getLiteral(), first, rest, out);
        } else if (n instanceof IndentedCodeBlock code) {
            code(code.getLiteral(), first, rest, out);
        } else if (n instanceof BlockQuote) {
            String bar = style.colored() ? style.dim("│ ") : "> ";
            blocks(n, first + bar, rest + bar, false, out);
        } else if (n instanceof ThematicBreak) {
            out.add(first + style.dim("─".repeat(Math.min(width - first.length(), 40))));
        } else if (n instanceof TableBlock) {
            new TerminalTable(style, this::cellText).render(n, first, rest, out);
        } else if (n instanceof HtmlBlock html) {
            html.getLiteral().lines().forEach(l -> out.add(first + l));
        } else {
            blocks(n, first, rest, false, out);
        }
    }

    private void list(ListBlock list, String first, String rest, List<String> out) {
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        boolean firstItem = true;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!firstItem && !list.isTight()) {
                out.add(rest);
            }
            String marker = list instanceof OrderedList ? (number++) + ". " : (style.colored() ? "• " : "- ");
            String pad = " ".repeat(marker.length());
            blocks(item, (firstItem ? first : rest) + marker, rest + pad, list.isTight(), out);
            firstItem = false;
        }
    }

    private void code(String literal, String first, String rest, List<String> out) {
        String[] lines = literal.stripTrailing().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.add((i == 0 ? first : rest) + "    " + style.listing(lines[i]));
        }
    }

    /** A table cell's text on one line (styles kept). */
    private String cellText(Node cell) {
        return String.join(" ", inline(cell, UnaryOperator.identity())).replace("\n", " ");
    }

    private List<String> inline(Node parent, UnaryOperator<String> format) {
        Words words = new Words();
        inlines(parent, format, words);
        return words.finish();
    }

    private void inlines(Node parent, UnaryOperator<String> format, Words words) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text text) {
                words.text(text.getLiteral(), format);
            } else if (n instanceof Code code) {
                words.glued(format.apply(style.code(code.getLiteral().replace(' ', '\u00A0'))));
            } else if (n instanceof Emphasis) {
                inlines(n, s -> format.apply(style.italic(s)), words);
            } else if (n instanceof StrongEmphasis) {
                inlines(n, s -> format.apply(style.bold(s)), words);
            } else if (n instanceof Link link) {
                link(link, format, words);
            } else if (n instanceof SoftLineBreak) {
                words.space();
            } else if (n instanceof HardLineBreak) {
                words.lineBreak();
            } else if (n instanceof HtmlInline html) {
                words.text(html.getLiteral(), format);
            } else {
                inlines(n, format, words);
            }
        }
    }

    private void link(Link link, UnaryOperator<String> format, Words words) {
        Words label = new Words();
        inlines(link, format, label);
        List<String> text = label.finish();
        text.forEach(w -> {
            words.glued(w);
            words.space();
        });
        String url = link.getDestination();
        if (!String.join(" ", text).equals(url)) {
            words.glued(style.dim("(" + url + ")"));
        }
    }

    private void wrap(List<String> words, String first, String rest, List<String> out) {
        StringBuilder line = new StringBuilder(first);
        int length = Style.visibleLength(first);
        boolean empty = true;
        for (String word : words) {
            if (word.equals("\n")) {
                out.add(line.toString());
                line = new StringBuilder(rest);
                length = Style.visibleLength(rest);
                empty = true;
                continue;
            }
            int w = Style.visibleLength(word);
            if (!empty && length + 1 + w > width) {
                out.add(line.toString());
                line = new StringBuilder(rest);
                length = Style.visibleLength(rest);
                empty = true;
            }
            line.append(empty ? "" : " ").append(word);
            length += (empty ? 0 : 1) + w;
            empty = false;
        }
        out.add(line.toString());
    }

    /** Collects words; styled fragments glue to the current word until a space ends it. */
    private static final class Words {
        private final List<String> words = new ArrayList<>();
        private StringBuilder current = new StringBuilder();

        void text(String s, UnaryOperator<String> format) {
            String[] parts = s.split(" ", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    space();
                }
                if (!parts[i].isEmpty()) {
                    current.append(format.apply(parts[i]));
                }
            }
        }

        void glued(String fragment) {
            current.append(fragment);
        }

        void space() {
            if (current.length() > 0) {
                words.add(current.toString());
                current = new StringBuilder();
            }
        }

        void lineBreak() {
            space();
            words.add("\n");
        }

        List<String> finish() {
            space();
            return words;
        }
    }
}
