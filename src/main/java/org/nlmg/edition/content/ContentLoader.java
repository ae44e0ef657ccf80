package org.nlmg.edition.content;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.persistence.EntityManager;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Projects the content folder into the database once, at start-up, before the web server
 * takes requests (stage 7: stored once, in JDBC batches). Bad content throws
 * {@link InvalidContentException}, which stops start-up.
 * <p>
 * The files are read and rendered on a second thread from the moment this loader exists,
 * while the rest of the application starts on the first: reading needs no database, and
 * on two cores that is a second or two sooner to the first page.
 */
@Component
class ContentLoader implements InitializingBean, SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(ContentLoader.class);

	private final EditionProperties properties;

	private final ContentFolder folder;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	private final AsyncTaskExecutor executor;

	private final ContentVersion version;

	private CompletableFuture<Edition> reading;

	private long start;

	ContentLoader(EditionProperties properties, ResourcePatternResolver resources, EntityManager entityManager,
			TransactionTemplate transaction, AsyncTaskExecutor applicationTaskExecutor, ContentVersion version) {
		this.properties = properties;
		this.folder = new ContentFolder(resources, properties.maxFileSize());
		this.entityManager = entityManager;
		this.transaction = transaction;
		this.executor = applicationTaskExecutor;
		this.version = version;
	}

	@Override
	public void afterPropertiesSet() {
		this.start = System.nanoTime();
		this.reading = CompletableFuture.supplyAsync(() -> {
			List<ContentFile> files = this.folder.read(this.properties.content());
			this.version.of(files);
			return new ContentReader().read(files);
		}, this.executor);
	}

	@Override
	public void afterSingletonsInstantiated() {
		Edition edition = read();
		this.transaction.executeWithoutResult((status) -> store(edition, this.entityManager));
		logger.info("Loaded " + edition.size() + " pages from " + this.properties.content() + " in "
				+ (System.nanoTime() - this.start) / 1_000_000 + " ms");
	}

	/**
	 * The edition read on the second thread, or what stopped it, as if read on this one.
	 */
	private Edition read() {
		try {
			return this.reading.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/**
	 * Stores an edition in the order its lists refer to each other; the caller holds the
	 * transaction.
	 */
	static void store(Edition edition, EntityManager entityManager) {
		for (List<?> entities : List.of(edition.entries(), edition.notes(), edition.keyPhrases(),
				edition.relationships(), edition.crossReferences(), edition.redirects())) {
			entities.forEach(entityManager::persist);
		}
		entityManager.flush();
		entityManager.clear();
	}

}
