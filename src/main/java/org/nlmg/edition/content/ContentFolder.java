package org.nlmg.edition.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/** Finds the Markdown files of a content folder, on the file system or inside the jar. */
public final class ContentFolder {

	private final ResourcePatternResolver resources;

	public ContentFolder(ResourcePatternResolver resources) {
		this.resources = resources;
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
				files.add(new ContentFile(path, resource.getContentAsString(StandardCharsets.UTF_8)));
			}
			files.sort(Comparator.comparing(ContentFile::path));
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the content folder " + location, ex);
		}
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
