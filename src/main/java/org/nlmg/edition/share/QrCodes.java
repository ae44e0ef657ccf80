package org.nlmg.edition.share;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * An address as a QR code, drawn by ZXing: one module a unit in SVG, so it scales to any
 * projector, or a PNG for slides that take only pictures.
 */
final class QrCodes {

	/** Pixels a module in the PNG: sharp on a projector, a few kilobytes. */
	private static final int PNG_SCALE = 10;

	/** The quiet zone the QR standard asks for, in modules. */
	private static final int MARGIN = 4;

	private QrCodes() {
	}

	static String svg(String address) {
		BitMatrix matrix = matrix(address);
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		int size = matrix.getWidth();
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
				+ "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"QR code\"><rect width=\"" + size
				+ "\" height=\"" + size + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>\n";
	}

	static byte[] png(String address) {
		BitMatrix matrix = matrix(address);
		int size = matrix.getWidth() * PNG_SCALE;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				image.setRGB(x, y, matrix.get(x / PNG_SCALE, y / PNG_SCALE) ? 0x000000 : 0xFFFFFF);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static BitMatrix matrix(String address) {
		try {
			return new QRCodeWriter().encode(address, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, MARGIN, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
		}
		catch (WriterException ex) {
			// The edition's addresses are short; only an address far past any page's
			// fails.
			throw new IllegalArgumentException("Too long for a QR code: " + address, ex);
		}
	}

}
