package dev.shellbook.ml;

import java.text.NumberFormat;
import java.util.Locale;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/** {@link Network#summary()}: the Keras-style table of layers, output shapes and parameter counts. */
final class NetworkSummary {
    private NetworkSummary() {}

    /** Rows "dense 1 (ReLU)", "(batch, 500)", 392,500 … then "total", "", 648,010. */
    static Table of(Network net) {
        int n = net.layers.size();
        StringColumn layer = StringColumn.create("layer");
        StringColumn shape = StringColumn.create("output shape");
        LongColumn params = LongColumn.create("parameters");
        // 392,500 rather than 392500, as Keras prints it
        params.setPrintFormatter(new NumberColumnFormatter(NumberFormat.getIntegerInstance(Locale.ROOT)));
        for (int i = 0; i < n; i++) {
            Dense d = net.layers.get(i);
            layer.append("dense " + (i + 1) + " (" + d.activationName() + ")");
            shape.append("(batch, " + d.units + ")");
            params.append(d.parameterCount());
        }
        layer.append("total");
        shape.append("");
        params.append(net.parameterCount());
        return Table.create("summary of " + net.name(), layer, shape, params);
    }
}
