package org.rives.sdmx;

/**
 * One observation as a data query reads it: the dimension codes in the order of the harmonised
 * structure, the period, the value as stored, and the stored attributes.
 */
record DataRow(long seriesId, String[] key, String period, double value, String unit, int unitMult, String status,
               String flags) {

    String indicator() {
        return key[1];
    }

    String source() {
        return key[HarmonisedStructure.DIMENSIONS.size() - 1];
    }
}
