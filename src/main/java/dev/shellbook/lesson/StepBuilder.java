package dev.shellbook.lesson;

import dev.shellbook.lesson.Directive.Keyword;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects one step's lines while {@link LessonParser} reads the file, then builds the {@link Step}. */
final class StepBuilder {
    private static final Pattern EXERCISE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private enum Mode { PROSE, CODE, CHECK }

    private final LessonParser parser;
    private final boolean exercise;
    private final int line;
    private String id = "";
    private final String title;
    private final StringBuilder prose = new StringBuilder();
    private final List<String> hints = new ArrayList<>();
    private String todo = "";
    private Mode mode = Mode.PROSE;
    private int codeStart;
    private int codeEnd;
    private int checkStart;
    private int checkEnd;
    private final List<Region> solutions = new ArrayList<>();
    private Region open;

    /** A {@code //SOLUTION} … {@code //END} region: file lines, inclusive, and the blank lines given for it. */
    record Region(int start, int end, List<String> blank) {}

    StepBuilder(LessonParser parser, Directive d, int line) {
        this.parser = parser;
        this.exercise = d.keyword() == Keyword.EXERCISE;
        this.line = line;
        this.title = exercise ? exerciseTitle(d.text(), line) : stepTitle(d.text(), line);
    }

    private String stepTitle(String text, int at) {
        if (text.isEmpty()) {
            throw parser.error(at, "//STEP has no title. Write '//STEP <title>'.");
        }
        return text;
    }

    private String exerciseTitle(String text, int at) {
        int colon = text.indexOf(':');
        String name = (colon < 0 ? text : text.substring(0, colon)).strip();
        if (colon < 0 || !EXERCISE_ID.matcher(name).matches() || text.substring(colon + 1).isBlank()) {
            throw parser.error(at, "expected '//EXERCISE <id>: <title>' with an id of lower-case letters, digits"
                    + " and '-', found '//EXERCISE " + text + "'.");
        }
        id = name;
        return text.substring(colon + 1).strip();
    }

    void directive(Directive d, int at) {
        switch (d.keyword()) {
            case TODO -> todo = exerciseOnly(d, at).text();
            case HINT -> hints.add(exerciseOnly(d, at).text());
            case SOLUTION -> solution(d, at);
            case BLANK -> blank(d, at);
            case END -> end(at);
            case CHECK -> check(d, at);
            default -> throw new IllegalStateException("unhandled directive " + d.keyword());
        }
    }

    private Directive exerciseOnly(Directive d, int at) {
        if (!exercise) {
            throw parser.error(at, "//" + d.keyword() + " in a plain step. Use it after an '//EXERCISE <id>: <title>' line.");
        }
        if (mode != Mode.PROSE) {
            throw parser.error(at, "//" + d.keyword() + " after the exercise's code started. Move it up, next to the exercise's prose.");
        }
        if (d.text().isEmpty()) {
            throw parser.error(at, "//" + d.keyword() + " has no text. Write '//" + d.keyword() + " <text>'.");
        }
        return d;
    }

    private void solution(Directive d, int at) {
        if (!exercise || mode == Mode.CHECK) {
            throw parser.error(at, "//SOLUTION outside an exercise's code. Put it in the code of an //EXERCISE step,"
                    + " before //CHECK.");
        }
        if (open != null) {
            throw parser.error(at, "//SOLUTION inside the //SOLUTION opened at line " + open.start()
                    + ". Close that one with //END first.");
        }
        code(at);
        open = new Region(at, 0, new ArrayList<>());
    }

    private void blank(Directive d, int at) {
        if (open == null || open.start() + open.blank().size() != at - 1) {
            throw parser.error(at, "//BLANK must follow //SOLUTION directly. Put it on the line after //SOLUTION.");
        }
        open.blank().add(d.text());
        code(at);
    }

    private void end(int at) {
        if (open == null) {
            throw parser.error(at, "//END without //SOLUTION. Remove it, or add //SOLUTION where the solution starts.");
        }
        solutions.add(new Region(open.start(), at, open.blank()));
        open = null;
        code(at);
    }

    private void check(Directive d, int at) {
        if (!exercise) {
            throw parser.error(at, "//CHECK in a plain step. Use it in an '//EXERCISE <id>: <title>' step.");
        }
        if (open != null) {
            throw parser.error(open.start(), "//SOLUTION has no //END before //CHECK. Add //END where the solution ends.");
        }
        if (mode == Mode.CHECK) {
            throw parser.error(at, "a second //CHECK in exercise '" + id + "'. One //CHECK starts all the checks.");
        }
        mode = Mode.CHECK;
    }

    void line(String text, int at) {
        if (mode == Mode.PROSE && Prose.isProse(text)) {
            prose.append(Prose.strip(text)).append('\n');
        } else if (mode == Mode.CHECK) {
            checkStart = checkStart == 0 && !text.isBlank() ? at : checkStart;
            checkEnd = text.isBlank() ? checkEnd : at;
        } else if (!text.isBlank() || mode == Mode.CODE) {
            code(at);
        }
    }

    private void code(int at) {
        mode = mode == Mode.CHECK ? mode : Mode.CODE;
        codeStart = codeStart == 0 ? at : codeStart;
        codeEnd = parser.lines().get(at - 1).isBlank() ? codeEnd : at;
    }

    void finish() {
        if (open != null) {
            throw parser.error(open.start(), "//SOLUTION has no //END. Add //END where the solution ends.");
        }
    }

    Step build(int number) {
        String code = text(codeStart, codeEnd);
        List<Snippet> snippets = code.isEmpty() ? List.of() : SnippetSplitter.split(code, parser.file(), codeStart);
        Exercise ex = exercise ? buildExercise(code) : null;
        return new Step(number, title, prose.toString().strip(), code, codeStart, snippets, ex, line);
    }

    private Exercise buildExercise(String code) {
        String checks = text(checkStart, checkEnd);
        List<Snippet> checkSnippets = checks.isEmpty() ? List.of()
                : SnippetSplitter.split(checks, parser.file(), checkStart);
        List<Mistake> mistakes = new ArrayList<>();
        List<int[]> regions = new ArrayList<>();
        for (Region r : solutions) {
            regions.add(new int[] {r.start(), r.end()});
            for (int i = r.start(); i <= r.end(); i++) {
                String t = parser.lines().get(i - 1).strip();
                if (t.startsWith("//MISTAKE ")) {
                    String rest = t.substring(10);
                    int c = rest.indexOf(':');
                    mistakes.add(new Mistake(rest.substring(0, c).strip(), rest.substring(c + 1).strip(), i));
                }
            }
        }
        List<String> codeLines = codeStart == 0 ? List.of() : parser.lines().subList(codeStart - 1, codeEnd);
        return new Exercise(id, title, todo, hints, code, Blanks.blankCode(parser.lines(), codeStart, codeEnd,
                solutions, id, todo), solutions.size(), codeStart, checks, checkStart, checkSnippets, mistakes,
                codeLines, regions);
    }

    private String text(int from, int to) {
        if (from == 0) {
            return "";
        }
        return String.join("\n", parser.lines().subList(from - 1, to));
    }
}
