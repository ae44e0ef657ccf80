package org.nlmg.edition.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * An old address of a page, from an alias in its front matter: it answers with a
 * permanent redirect, so links published before a page was renamed keep working.
 */
@Entity
public class Redirect {

	@Id
	@GeneratedValue
	private Long id;

	@Column(unique = true)
	private String fromPath;

	@ManyToOne(fetch = FetchType.LAZY)
	private Entry target;

	protected Redirect() {
	}

	public Redirect(String fromPath, Entry target) {
		this.fromPath = fromPath;
		this.target = target;
	}

	public String getFromPath() {
		return this.fromPath;
	}

	public Entry getTarget() {
		return this.target;
	}

}
