package org.nlmg.edition.content;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Projects the content folder into the database once, at start-up, before the web server
 * takes requests (stage 7: stored once, in JDBC batches). Bad content throws
 * {@link InvalidContentException}, which stops start-up.
 */
@Component
class ContentLoader implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(ContentLoader.class);

	private final EditionProperties properties;

	private final ContentFolder folder;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	ContentLoader(EditionProperties properties, ResourcePatternResolver resources, EntityManager entityManager,
			TransactionTemplate transaction) {
		this.properties = properties;
		this.folder = new ContentFolder(resources);
		this.entityManager = entityManager;
		this.transaction = transaction;
	}

	@Override
	public void afterSingletonsInstantiated() {
		long start = System.nanoTime();
		Edition edition = new ContentReader().read(this.folder.read(this.properties.content()));
		this.transaction.executeWithoutResult((status) -> store(edition, this.entityManager));
		logger.info("Loaded " + edition.size() + " pages from " + this.properties.content() + " in "
				+ (System.nanoTime() - start) / 1_000_000 + " ms");
	}

	/**
	 * Stores an edition in the order its lists refer to each other; the caller holds the
	 * transaction.
	 */
	static void store(Edition edition, EntityManager entityManager) {
		for (List<?> entities : List.of(edition.entries(), edition.notes(), edition.relationships(),
				edition.crossReferences(), edition.redirects())) {
			entities.forEach(entityManager::persist);
		}
		entityManager.flush();
		entityManager.clear();
	}

}
