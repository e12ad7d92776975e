package org.rives.connector.inetempus;

import java.util.List;

import org.rives.connector.ReaderOptions;

/**
 * The {@code ine-tempus:} block of a connector.
 *
 * @param variables every {@code T3_Variable} the table's series may carry in their {@code MetaData}, each passed to
 *                  the sink as a dimension of that name. Series of one table need not share one set (table 15073
 *                  gives some series a country of birth, others a zone), so the list is the union: a series
 *                  gives an empty value for a variable it lacks, and one carrying a variable not listed is
 *                  rejected rather than folded into another series' key.
 */
public record TempusOptions(List<String> variables) implements ReaderOptions {

    public TempusOptions {
        variables = variables == null ? List.of() : List.copyOf(variables);
    }
}
