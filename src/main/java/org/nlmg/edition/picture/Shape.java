package org.nlmg.edition.picture;

import java.util.ArrayList;
import java.util.List;

/**
 * The marks a picture draws, one per theme: each differs in outline as well as colour, so
 * a printout in grey or a reader who cannot tell the colours apart still tells them
 * apart.
 */
public enum Shape {

	CIRCLE, SQUARE, DIAMOND, TRIANGLE, STAR, RING, PLUS, TRIANGLE_DOWN, CROSS, HEXAGON;

	/** The shape for the n-th row of a picture, over again after the last. */
	static Shape nth(int index) {
		return values()[index % values().length];
	}

	/** An SVG path drawing the shape centred on (x, y), about 2r across. */
	String path(double x, double y, double r) {
		return switch (this) {
			case CIRCLE -> circle(x, y, r);
			case RING -> circle(x, y, r) + " " + circle(x, y, r * 0.45);
			case SQUARE -> polygon(x, y, r * 1.2, 4, 45);
			case DIAMOND -> polygon(x, y, r * 1.1, 4, 0);
			case TRIANGLE -> polygon(x, y, r * 1.15, 3, 0);
			case TRIANGLE_DOWN -> polygon(x, y, r * 1.15, 3, 180);
			case HEXAGON -> polygon(x, y, r, 6, 0);
			case STAR -> star(x, y, r * 1.2);
			case PLUS -> plus(x, y, r, 0);
			case CROSS -> plus(x, y, r * 1.1, 45);
		};
	}

	private static String circle(double x, double y, double r) {
		String radius = Svg.number(r);
		return "M" + Svg.number(x - r) + " " + Svg.number(y) + "a" + radius + " " + radius + " 0 1 0 "
				+ Svg.number(2 * r) + " 0a" + radius + " " + radius + " 0 1 0 " + Svg.number(-2 * r) + " 0Z";
	}

	/** A regular polygon, its first corner straight up when turned by 0 degrees. */
	private static String polygon(double x, double y, double r, int corners, double turn) {
		List<double[]> points = new ArrayList<>();
		for (int i = 0; i < corners; i++) {
			points.add(point(x, y, r, turn + 360.0 * i / corners));
		}
		return path(points);
	}

	private static String star(double x, double y, double r) {
		List<double[]> points = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			points.add(point(x, y, (i % 2 == 0) ? r : r * 0.45, 36.0 * i));
		}
		return path(points);
	}

	/** A plus sign with arms a third of its width, turned by the given degrees. */
	private static String plus(double x, double y, double r, double turn) {
		double w = r / 3;
		double[][] outline = { { -w, -r }, { w, -r }, { w, -w }, { r, -w }, { r, w }, { w, w }, { w, r }, { -w, r },
				{ -w, w }, { -r, w }, { -r, -w }, { -w, -w } };
		double cos = Math.cos(Math.toRadians(turn));
		double sin = Math.sin(Math.toRadians(turn));
		List<double[]> points = new ArrayList<>();
		for (double[] p : outline) {
			points.add(new double[] { x + p[0] * cos - p[1] * sin, y + p[0] * sin + p[1] * cos });
		}
		return path(points);
	}

	private static double[] point(double x, double y, double r, double degrees) {
		double angle = Math.toRadians(degrees);
		return new double[] { x + r * Math.sin(angle), y - r * Math.cos(angle) };
	}

	private static String path(List<double[]> points) {
		StringBuilder d = new StringBuilder();
		for (double[] p : points) {
			d.append(d.isEmpty() ? "M" : "L").append(Svg.number(p[0])).append(' ').append(Svg.number(p[1]));
		}
		return d.append('Z').toString();
	}

}
