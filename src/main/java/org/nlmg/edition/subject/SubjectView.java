package org.nlmg.edition.subject;

import java.util.List;

import org.nlmg.edition.chapter.NoteView;
import org.nlmg.edition.entry.EntryView;
import org.nlmg.edition.model.Entry;
import org.nlmg.edition.picture.Grid;

/**
 * A theme's or symbol's page for one reader.
 *
 * @param subject which of the two it is
 * @param page what every entry page has
 * @param tracker the chapters' notes on it, up to the reader's position
 * @param strip a theme's row of the theme tracker, or null (symbols, or a gated page)
 */
public record SubjectView(Subject subject, EntryView<Entry> page, List<NoteView> tracker, Grid strip) {

}
