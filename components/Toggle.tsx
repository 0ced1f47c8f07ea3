export interface ToggleProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A labelled switch. */
export function Toggle({ label, checked, onChange }: ToggleProps) {
  return (
    <label class="toggle">
      <input type="checkbox" role="switch" checked={checked} aria-checked={checked} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      <span>{label}</span>
    </label>
  );
}
