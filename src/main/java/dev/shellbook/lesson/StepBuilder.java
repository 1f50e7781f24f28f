package dev.shellbook.lesson;

import dev.shellbook.lesson.Directive.Keyword;
import dev.shellbook.lesson.ExerciseCode.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects one step's lines while {@link LessonParser} reads the file, then builds the {@link Step}. */
final class StepBuilder {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern NAMED = Pattern.compile("([^:]*):(.*)");
    private static final Pattern USE = Pattern.compile("([A-Za-z0-9][A-Za-z0-9._-]*):([a-z0-9][a-z0-9-]*)");

    private enum Mode { PROSE, CODE, CHECK }

    private final LessonParser parser;
    private final boolean exercise;
    private final int line;
    private String id = "";
    private final String title;
    private final StringBuilder prose = new StringBuilder();
    private final List<String> hints = new ArrayList<>();
    private final List<Use> uses = new ArrayList<>();
    private String todo = "";
    private Mode mode = Mode.PROSE;
    private int codeStart;
    private int codeEnd;
    private int checkStart;
    private int checkEnd;
    private final List<Region> solutions = new ArrayList<>();
    private final List<Mistake> mistakes = new ArrayList<>();
    private Region open;

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
        Matcher m = NAMED.matcher(text);
        if (!m.matches() || !ID.matcher(m.group(1).strip()).matches() || m.group(2).isBlank()) {
            throw parser.error(at, "expected '//EXERCISE <id>: <title>' with an id of lower-case letters, digits"
                    + " and '-', found '//EXERCISE " + text + "'.");
        }
        id = m.group(1).strip();
        return m.group(2).strip();
    }

    /** The exercise's id, or empty for a plain step. */
    String id() {
        return id;
    }

    int line() {
        return line;
    }

    void directive(Directive d, int at) {
        switch (d.keyword()) {
            case TODO -> todo = exerciseOnly(d, at).text();
            case HINT -> hints.add(exerciseOnly(d, at).text());
            case USES -> use(d, at);
            case SOLUTION -> solution(at);
            case BLANK -> blank(d, at);
            case MISTAKE -> mistake(d, at);
            case END -> end(at);
            case CHECK -> check(at);
            default -> throw new IllegalStateException("unhandled directive " + d.keyword());
        }
    }

    private Directive exerciseOnly(Directive d, int at) {
        if (!exercise) {
            throw parser.error(at, "//" + d.keyword() + " in a plain step. Use it after an '//EXERCISE <id>: <title>' line.");
        }
        return inProse(d, at);
    }

    private Directive inProse(Directive d, int at) {
        if (mode != Mode.PROSE) {
            throw parser.error(at, "//" + d.keyword() + " after the " + (exercise ? "exercise's" : "step's")
                    + " code started. Move it up, next to the " + (exercise ? "exercise's" : "step's") + " prose.");
        }
        if (d.text().isEmpty()) {
            throw parser.error(at, "//" + d.keyword() + " has no text. Write '//" + d.keyword() + " <text>'.");
        }
        return d;
    }

    private void use(Directive d, int at) {
        Matcher m = USE.matcher(inProse(d, at).text());
        if (!m.matches()) {
            throw parser.error(at, "expected '//USES <lesson-id>:<exercise-id>' (e.g. '//USES 02-softmax:softmax'),"
                    + " found '//USES " + d.text() + "'.");
        }
        uses.add(new Use(m.group(1), m.group(2), at));
    }

    private void solution(int at) {
        if (!exercise || mode == Mode.CHECK) {
            throw parser.error(at, "//SOLUTION outside an exercise's code. Put it in the code of an //EXERCISE step,"
                    + " before //CHECK.");
        }
        if (open != null) {
            throw parser.error(at, "//SOLUTION inside the //SOLUTION opened at line " + open.start()
                    + ". Close that one with //END first.");
        }
        code(at);
        open = new Region(at, 0, new ArrayList<>(), new ArrayList<>());
    }

    private void blank(Directive d, int at) {
        if (open == null || !open.mistakes().isEmpty() || open.start() + open.blank().size() != at - 1) {
            throw parser.error(at, "//BLANK must follow //SOLUTION directly. Put it on the line after //SOLUTION.");
        }
        open.blank().add(d.text());
        code(at);
    }

    private void mistake(Directive d, int at) {
        if (open == null) {
            throw parser.error(at, "//MISTAKE outside a //SOLUTION region. Put it after the reference code,"
                    + " before the region's //END.");
        }
        Matcher m = NAMED.matcher(d.text());
        if (!m.matches() || !ID.matcher(m.group(1).strip()).matches() || m.group(2).isBlank()) {
            throw parser.error(at, "expected '//MISTAKE <name>: <what the learner got wrong>' with a name of"
                    + " lower-case letters, digits and '-', found '//MISTAKE " + d.text() + "'.");
        }
        String name = m.group(1).strip();
        mistakes.stream().filter(x -> x.name().equals(name)).findFirst().ifPresent(x -> {
            throw parser.error(at, "a second //MISTAKE named '" + name + "' (the first is at line " + x.line()
                    + "). Give each mistake of an exercise its own name.");
        });
        closeMistake();
        Mistake mistake = new Mistake(name, m.group(2).strip(), at);
        mistakes.add(mistake);
        open.mistakes().add(mistake);
        code(at);
    }

    private void end(int at) {
        if (open == null) {
            throw parser.error(at, "//END without //SOLUTION. Remove it, or add //SOLUTION where the solution starts.");
        }
        closeMistake();
        solutions.add(new Region(open.start(), at, open.blank(), open.mistakes()));
        open = null;
        code(at);
    }

    /** A mistake needs code: at least one {@code // <code>} line before the next mistake or {@code //END}. */
    private void closeMistake() {
        if (open.mistakes().isEmpty()) {
            return;
        }
        Mistake last = open.mistakes().get(open.mistakes().size() - 1);
        if (codeEnd == last.line()) {
            throw parser.error(last.line(), "//MISTAKE " + last.name() + " has no code. Write its code below it"
                    + " as comment lines, '// <code>'.");
        }
    }

    private void check(int at) {
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
            mistakeLine(text, at);
            code(at);
        }
    }

    /** After a {@code //MISTAKE}, every line up to the next one or {@code //END} must be a comment. */
    private void mistakeLine(String text, int at) {
        if (open != null && !open.mistakes().isEmpty() && !text.isBlank() && !text.strip().startsWith("//")) {
            throw parser.error(at, "code after //MISTAKE " + open.mistakes().get(open.mistakes().size() - 1).name()
                    + ". Write a mistake's code as comment lines, '// <code>', so that plain jshell skips it;"
                    + " put the reference code above the first //MISTAKE.");
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
        unfinished(codeStart, codeEnd);
        unfinished(checkStart, checkEnd);
    }

    /** Code that ends in the middle of a snippet is reported where that snippet starts. */
    private void unfinished(int from, int to) {
        int at = CodeScan.unfinishedAt(text(from, to));
        if (at > 0) {
            throw parser.error(from + at - 1, "this code ends in the middle of a snippet. "
                    + "Look for a missing '}', ')', '\"' or '*/' from here on.");
        }
    }

    Step build(int number) {
        String code = text(codeStart, codeEnd);
        Exercise ex = exercise ? buildExercise(code) : null;
        return new Step(number, title, prose.toString().strip(), code, codeStart, ex, line, uses, parser.file());
    }

    private Exercise buildExercise(String code) {
        ExerciseCode views = new ExerciseCode(parser.lines(), codeStart, codeEnd, solutions);
        boolean none = codeStart == 0;
        return new Exercise(id, title, todo, hints, code, none ? "" : views.blank(id, todo),
                none ? "" : views.solution(), solutions.size(), codeStart, text(checkStart, checkEnd), checkStart,
                mistakes, mistakes.stream().map(views::with).toList());
    }

    private String text(int from, int to) {
        if (from == 0) {
            return "";
        }
        return String.join("\n", parser.lines().subList(from - 1, to));
    }
}
