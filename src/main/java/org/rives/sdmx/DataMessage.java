package org.rives.sdmx;

/** What a data message says about itself: the dataflow it answers for and how observations are keyed. */
record DataMessage(Dataflow flow, String dimensionAtObservation) {

    /** The header's structure id, which every data set points back to. */
    String structureId() {
        return flow.ref().agency() + "_" + flow.ref().id() + "_" + flow.ref().version().replace('.', '_');
    }

    boolean flat() {
        return DataRequest.ALL_DIMENSIONS.equals(dimensionAtObservation);
    }
}
