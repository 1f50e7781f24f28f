//LESSON A tiny lesson for the renderer
// This lesson checks that **rendering** works: prose, code, output, a table and a chart.
//
// | symbol | meaning |
// |---|---|
// | `n` | how many points |
// | `<x>` | escaped, not a tag |

//STEP Numbers and text
// We print a line and show a value.
import dev.shellbook.Course;
import dev.shellbook.exercise.Check;
int n = Course.pick(50, 5);
System.out.println("points: " + n + " <b>not bold</b>");
System.out.printf("twice: %d%n", 2 * n);
new HashMap<String, Integer>().put("nothing before", 1);
n * 2

//STEP A table
// Tablesaw tables show as HTML tables.
import tech.tablesaw.api.*;
Table counts = Table.create("class counts",
        IntColumn.create("class", new int[]{0, 1, 2}),
        StringColumn.create("name", new String[]{"T-shirt/top", "Trouser", "a | b"}));
counts

//STEP A chart
// A curve saved as PNG and SVG by `Charts`.
import dev.shellbook.chart.Charts;
Charts.function("square", "y = x²", -1, 1, Map.of("x²", x -> x * x));

//EXERCISE double-it: Double a number
// Write `twice(x)`.
//TODO return two times x
//HINT Multiply by `2`.
int twice(int x) {
    //SOLUTION
    return 2 * x;
    //END
}
//CHECK
Check.that(twice(21) == 42, "twice(21) should be 42, found " + twice(21));
