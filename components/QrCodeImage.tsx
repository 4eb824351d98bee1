import { QUIET_ZONE, qrCode } from '@/lib/share/qr-code';

type Props = { text: string; label: string; size?: number };

/**
 * A QR code drawn on the server as inline SVG: no script, no request. Always
 * dark on white, whatever the theme, since that is what scanners read.
 */
export default function QrCodeImage({ text, label, size = 176 }: Props) {
  const code = qrCode(text);
  const side = code.size + 2 * QUIET_ZONE;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${side} ${side}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={code.path} stroke="#000" strokeWidth="1" fill="none" />
    </svg>
  );
}
