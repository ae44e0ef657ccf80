package org.nlmg.edition.export;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the static export.
 *
 * @param folder where the export is written; emptied first, if it holds an earlier export
 * @param nginxListen what the written nginx configuration listens on: a port, or an
 * address and port
 */
@ConfigurationProperties("edition.export")
record ExportProperties(Path folder, String nginxListen) {

	ExportProperties {
		if (folder == null) {
			folder = Path.of("target", "site");
		}
		if (nginxListen == null || nginxListen.isBlank()) {
			nginxListen = "80";
		}
	}

}
