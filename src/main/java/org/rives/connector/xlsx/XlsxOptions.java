package org.rives.connector.xlsx;

import org.rives.connector.ReaderOptions;
import org.rives.connector.cell.CellConventions;
import org.rives.connector.table.TableLayout;

/**
 * The {@code xlsx:} block of a connector: which worksheet, then the table layout and value-cell
 * conventions every tabular format shares, as flat keys of the one block.
 *
 * @param sheet the worksheet's name; the first sheet when unset
 */
public record XlsxOptions(String sheet, TableLayout layout, CellConventions cells) implements ReaderOptions {

    /** The workbook keys of the block; layout and cell keys are read into their own records. */
    record Workbook(String sheet) {
    }
}
