package org.rives.sdmx;

import java.io.IOException;
import java.io.OutputStream;

import javax.xml.stream.XMLStreamException;

/**
 * What the two SDMX-ML data writers share: the message opened on the output as the answer starts, the
 * elements closed as series and data sets end, and StAX failures reported as the I/O failures they are.
 */
abstract class XmlDataWriter implements DataWriter {

    /** A step of XML writing. */
    @FunctionalInterface
    interface XmlWork {
        void run() throws XMLStreamException;
    }

    private final OutputStream stream;
    SdmxXml xml;
    DataMessage message;

    XmlDataWriter(OutputStream stream) {
        this.stream = stream;
    }

    /** Writes the message element with its namespaces and the header. */
    abstract void startMessage() throws XMLStreamException;

    @Override
    public final void start(DataMessage message) throws IOException {
        this.message = message;
        io(() -> {
            xml = new SdmxXml(stream);
            startMessage();
        });
    }

    @Override
    public void endSeries() throws IOException {
        io(xml::end);
    }

    @Override
    public void endDataSet() throws IOException {
        io(xml::end);
    }

    @Override
    public void finish() throws IOException {
        io(() -> {
            xml.end();
            xml.close();
        });
    }

    static void io(XmlWork work) throws IOException {
        try {
            work.run();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write SDMX-ML: " + e.getMessage(), e);
        }
    }
}
