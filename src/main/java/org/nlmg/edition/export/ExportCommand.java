package org.nlmg.edition.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.nlmg.edition.content.EditionProperties;
import org.nlmg.edition.entry.RedirectRepository;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The static export's command:
 * {@code EDITION_SITE_ADDRESS=https://… ./mvnw spring-boot:run -Dspring-boot.run.profiles=export}.
 * It starts the edition on a free port, writes it to {@code edition.export.folder}, and
 * stops.
 */
@Component
@Profile("export")
@EnableConfigurationProperties(ExportProperties.class)
class ExportCommand implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(ExportCommand.class);

	/** Written into every export, so that only an earlier export is ever emptied. */
	static final String MARKER = ".edition-export";

	private final EditionProperties edition;

	private final ExportProperties export;

	private final RedirectRepository redirects;

	ExportCommand(EditionProperties edition, ExportProperties export, RedirectRepository redirects) {
		this.edition = edition;
		this.export = export;
		this.redirects = redirects;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		ConfigurableApplicationContext context = event.getApplicationContext();
		int status = run(((WebServerApplicationContext) context).getWebServer().getPort());
		System.exit(SpringApplication.exit(context, () -> status));
	}

	private int run(int port) {
		if (this.edition.siteAddress() == null) {
			logger.error("Set edition.site-address to the address the export will be read at (citations print "
					+ "it): EDITION_SITE_ADDRESS=https://nlmg.example.org ./mvnw spring-boot:run "
					+ "-Dspring-boot.run.profiles=export");
			return 2;
		}
		Path folder = this.export.folder().toAbsolutePath();
		try {
			empty(folder);
			StaticExport.Summary summary = new StaticExport(URI.create("http://localhost:" + port), folder)
				.write(this.export.nginxListen(), redirects(this.redirects));
			Files.writeString(folder.resolve(MARKER), "Written by the study edition's export\n");
			logger.info("Exported " + summary.pages() + " pages at every reading position to " + folder + ": "
					+ summary.files() + " files, " + summary.bytes() / 1024 + " KiB. Serve it with nginx: include "
					+ folder.resolve("edition.conf") + " in its http { } block.");
			return 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalStateException ex) {
			logger.error("The export stopped: " + ex.getMessage());
			return 1;
		}
	}

	/** Every old name of a page, with the page it leads to. */
	static Map<String, String> redirects(RedirectRepository repository) {
		Map<String, String> redirects = new TreeMap<>();
		repository.findAllByOrderByFromPath()
			.forEach((redirect) -> redirects.put(redirect.getFromPath(), redirect.getTarget().getUrl()));
		return redirects;
	}

	/**
	 * Empties the folder of an earlier export; refuses any other folder that holds files.
	 */
	private static void empty(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (Stream<Path> entries = Files.list(folder)) {
			if (entries.findAny().isPresent() && !Files.exists(folder.resolve(MARKER))) {
				throw new IllegalStateException(folder + " holds files that are not an earlier export; "
						+ "choose an empty folder with EDITION_EXPORT_FOLDER");
			}
		}
		try (Stream<Path> tree = Files.walk(folder)) {
			for (Path path : tree.sorted(Comparator.reverseOrder()).filter((path) -> !path.equals(folder)).toList()) {
				Files.delete(path);
			}
		}
	}

}
