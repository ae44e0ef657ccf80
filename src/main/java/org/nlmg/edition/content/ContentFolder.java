package org.nlmg.edition.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.nlmg.edition.content.ContentFile.Fault;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.util.unit.DataSize;

/**
 * Finds the Markdown files of a content folder, on the file system or inside the jar. Of
 * a file over the size limit only the first part is read, and one that is not UTF-8 is
 * read with its bad bytes replaced: both carry a {@link Fault} for the reader to report.
 */
public final class ContentFolder {

	private final ResourcePatternResolver resources;

	private final DataSize maxFileSize;

	public ContentFolder(ResourcePatternResolver resources) {
		this(resources, EditionProperties.DEFAULT_MAX_FILE_SIZE);
	}

	public ContentFolder(ResourcePatternResolver resources, DataSize maxFileSize) {
		this.resources = resources;
		this.maxFileSize = maxFileSize;
	}

	/**
	 * @param location a folder, ending in a slash: {@code classpath:content/} or
	 * {@code file:/home/me/content/}
	 */
	public List<ContentFile> read(String location) {
		try {
			Resource root = this.resources.getResource(location);
			if (!root.exists()) {
				throw new InvalidContentException(List.of(new ContentProblem(location, 0,
						"the content folder does not exist (set edition.content to the folder holding chapters/, characters/ ...)")));
			}
			String rootUrl = addressOf(root);
			List<ContentFile> files = new ArrayList<>();
			for (Resource resource : this.resources.getResources(location + "**/*.md")) {
				String path = addressOf(resource).substring(rootUrl.length());
				files.add(read(path, resource));
			}
			if (files.isEmpty()) {
				throw new InvalidContentException(List.of(new ContentProblem(location, 0,
						"the content folder holds no Markdown files (set edition.content to the folder holding chapters/, characters/ ...)")));
			}
			files.sort(Comparator.comparing(ContentFile::path));
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the content folder " + location, ex);
		}
	}

	private ContentFile read(String path, Resource resource) throws IOException {
		long size = resource.contentLength();
		if (size > this.maxFileSize.toBytes()) {
			// Only the first part is read, for the rest of the file to be checked too.
			try (InputStream in = resource.getInputStream()) {
				String start = new String(in.readNBytes((int) this.maxFileSize.toBytes()), StandardCharsets.UTF_8);
				return new ContentFile(path, start, new Fault(0, String.format(
						"the file is %,d bytes, over the limit of %,d bytes (edition.max-file-size): split it into smaller pages",
						size, this.maxFileSize.toBytes())));
			}
		}
		byte[] bytes = resource.getContentAsByteArray();
		return new ContentFile(path, new String(bytes, StandardCharsets.UTF_8), utf8Fault(bytes));
	}

	/** Where a file first stops being UTF-8, or null when it is UTF-8 throughout. */
	private static Fault utf8Fault(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length), true);
		if (!result.isError()) {
			return null;
		}
		int at = in.position();
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < at; i++) {
			if (bytes[i] == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Fault(line, String.format(
				"the file is not UTF-8: byte %d of this line (0x%02X) is not a UTF-8 character; save the file as UTF-8",
				at - lineStart + 1, bytes[at] & 0xFF));
	}

	/**
	 * The same form for the folder and its files, even when the folder was given as a
	 * relative path.
	 */
	private static String addressOf(Resource resource) throws IOException {
		return resource.isFile() ? resource.getFile().getCanonicalFile().toURI().toString()
				: resource.getURL().toString();
	}

}
