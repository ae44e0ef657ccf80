package org.nlmg.edition.share;

/**
 * What a page offers for sharing it.
 *
 * @param description what a link preview says of the page
 * @param cite its citations, or null on a page that is not cited (a search)
 * @param qrSvg its QR code as SVG
 * @param qrPng its QR code as PNG
 * @param classroom Google Classroom's page for posting it to a class
 */
public record ShareLinks(String description, String cite, String qrSvg, String qrPng, String classroom) {
}
