package fr.relance.ingest.payments;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader that never reads a DTD nor resolves an external entity: statements come
 * from outside (an SFTP drop), so an {@code <!DOCTYPE>} could otherwise make the engine
 * read local files or call out (XXE). The reader refuses any DOCTYPE outright as well
 * (see {@link Camt053Reader}); camt.053 never needs one.
 */
final class SecureXml {

	private SecureXml() {
	}

	static XMLStreamReader open(InputStream in) throws XMLStreamException {
		// a factory per file: StAX does not promise that a shared one is thread-safe
		return newFactory().createXMLStreamReader(in);
	}

	private static XMLInputFactory newFactory() {
		// the JDK's own parser, whatever StAX provider a library brings onto the class
		// path: its DTD and entity
		// settings are the ones tested
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setXMLResolver((publicId, systemId, base, namespace) -> {
			throw new XMLStreamException("external resource refused: " + systemId);
		});
		return factory;
	}

}
