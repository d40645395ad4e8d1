import type { studentQr } from '../content/pictures/studentQr';
import styles from './QrCode.module.css';

/**
 * A QR code laid out at build time, with its address written beside it for anyone who cannot
 * scan. Dark on light in every theme and in high-contrast mode, or phones could not read it.
 */
export function QrCode({ code, label }: { code: typeof studentQr; label: string }) {
  return (
    <figure className={styles.qr}>
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${code.size} ${code.size}`}
        role="img"
        aria-label={label}
      >
        <rect width={code.size} height={code.size} fill="#fff" />
        <path d={code.d} fill="#000" shapeRendering="crispEdges" />
      </svg>
      <figcaption className={styles.address}>{code.address}</figcaption>
    </figure>
  );
}
