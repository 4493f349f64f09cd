package fr.relance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What a reader of an output file sees: the text of a CSV, of a PDF's pages, of every
 * part of a workbook.
 */
public final class ReadableText {

	private ReadableText() {
	}

	public static String of(Path file) throws IOException {
		String name = file.getFileName().toString();
		if (name.endsWith(".pdf")) {
			try (PDDocument document = Loader.loadPDF(file.toFile())) {
				return new PDFTextStripper().getText(document);
			}
		}
		if (name.endsWith(".xlsx")) {
			StringBuilder parts = new StringBuilder();
			try (ZipFile zip = new ZipFile(file.toFile())) {
				for (ZipEntry entry : Collections.list(zip.entries())) {
					parts.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
				}
			}
			return parts.toString();
		}
		return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
	}

}
