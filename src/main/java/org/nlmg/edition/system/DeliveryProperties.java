package org.nlmg.edition.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How rendered pages are kept.
 *
 * @param pageCacheSize the most memory the stored pages (plain and gzipped) may take; the
 * least used are dropped first
 */
@ConfigurationProperties("edition.delivery")
public record DeliveryProperties(DataSize pageCacheSize) {

	public DeliveryProperties {
		if (pageCacheSize == null) {
			pageCacheSize = DataSize.ofMegabytes(32);
		}
	}

}
