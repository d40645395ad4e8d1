import styles from './Monogram.module.css';

interface MonogramProps {
  initials: string;
  colour: string;
  onColour: string;
  size?: 'small' | 'large';
}

/** A drawn stand-in for a portrait: initials on the colour of the person's country. */
export function Monogram({ initials, colour, onColour, size = 'small' }: MonogramProps) {
  return (
    <svg className={styles[size]} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="31" fill={colour} />
      <circle
        cx="32"
        cy="32"
        r="27"
        fill="none"
        stroke={onColour}
        strokeOpacity="0.35"
        strokeWidth="1.5"
      />
      <text
        x="32"
        y="33"
        textAnchor="middle"
        dominantBaseline="central"
        fill={onColour}
        fontFamily="Georgia, serif"
        fontSize="24"
        fontWeight="700"
      >
        {initials}
      </text>
    </svg>
  );
}
