package fr.relance.output.letters.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.GregorianCalendar;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * What makes a print file fit for the archive and reproducible: the PDF/A-1b
 * identification (XMP metadata, an sRGB output intent; fonts are embedded by
 * {@link PdfFonts}, nothing is transparent) and a document id and dates derived from the
 * batch and its night, never from the clock, so the same batch rendered twice has the
 * same bytes.
 */
public final class PdfArchive {

	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	private PdfArchive() {
	}

	/**
	 * @param key identifies the batch (establishment, kind, night, sequence): the
	 * document id is its digest
	 */
	public static void identify(PDDocument document, String title, String key, LocalDate night, ZoneId zone)
			throws IOException {
		ZonedDateTime created = night.atStartOfDay(zone);
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(title);
		info.setProducer("Relance");
		info.setCreationDate(GregorianCalendar.from(created));
		info.setModificationDate(GregorianCalendar.from(created));
		PDMetadata metadata = new PDMetadata(document);
		metadata.importXMPMetadata(xmp(title, created).getBytes(StandardCharsets.UTF_8));
		document.getDocumentCatalog().setMetadata(metadata);
		PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB));
		intent.setInfo("sRGB IEC61966-2.1");
		intent.setOutputCondition("sRGB IEC61966-2.1");
		intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
		intent.setRegistryName("http://www.color.org");
		document.getDocumentCatalog().addOutputIntent(intent);
		COSString id = new COSString(Arrays.copyOf(sha256(key), 16));
		COSArray ids = new COSArray();
		ids.add(id);
		ids.add(id);
		document.getDocument().getTrailer().setItem(COSName.ID, ids);
	}

	private static String xmp(String title, ZonedDateTime created) {
		String date = created.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		String escaped = title.replace("&", "&amp;").replace("<", "&lt;");
		return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
				+ "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
				+ "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">"
				+ "<pdfaid:part>1</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>"
				+ "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
				+ "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escaped + "</rdf:li></rdf:Alt></dc:title>"
				+ "</rdf:Description>" + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
				+ "<xmp:CreateDate>" + date + "</xmp:CreateDate><xmp:ModifyDate>" + date + "</xmp:ModifyDate>"
				+ "</rdf:Description>" + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">"
				+ "<pdf:Producer>Relance</pdf:Producer></rdf:Description>"
				+ "</rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
	}

	private static byte[] sha256(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
