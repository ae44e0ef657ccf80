package org.nlmg.edition.content;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.nlmg.edition.system.EditionProperties;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Projects the content folder into the database once, at start-up, before the web server takes
 * requests. Bad content throws {@link InvalidContentException}, which stops start-up.
 */
@Component
class ContentLoader implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(ContentLoader.class);

	private final EditionProperties properties;

	private final ContentFolder folder;

	private final EntryRepository entries;

	private final CrossReferenceRepository crossReferences;

	private final TransactionTemplate transaction;

	ContentLoader(EditionProperties properties, ResourcePatternResolver resources, EntryRepository entries,
			CrossReferenceRepository crossReferences, TransactionTemplate transaction) {
		this.properties = properties;
		this.folder = new ContentFolder(resources);
		this.entries = entries;
		this.crossReferences = crossReferences;
		this.transaction = transaction;
	}

	@Override
	public void afterSingletonsInstantiated() {
		long start = System.nanoTime();
		Edition edition = new ContentReader().read(this.folder.read(this.properties.content()));
		this.transaction.executeWithoutResult((status) -> {
			this.entries.saveAll(edition.entries());
			this.crossReferences.saveAll(edition.crossReferences());
		});
		logger.info("Loaded " + edition.entries().size() + " pages from " + this.properties.content() + " in "
				+ (System.nanoTime() - start) / 1_000_000 + " ms");
	}

}
