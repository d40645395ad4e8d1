import { QrCode } from '../../../components/QrCode';
import { studentQr } from '../../../content/pictures/studentQr';
import { useText } from '../../../hooks/useText';

/** The QR code that opens the student view, on the exit-ticket slide. */
export function StudentCode() {
  const text = useText();
  return (
    <QrCode
      code={studentQr}
      label={text.fill(text.words.classroom.onPhones.qrLabel, { address: studentQr.address })}
    />
  );
}
