import { Fragment, type ComponentChildren } from 'preact';

// Stand-ins for the elements while the sentence is translated: private-use characters, which no catalogue holds.
const slot = (name: string) => `\ue000${name}\ue001`;

/**
 * A translated sentence with elements inside it: the catalogue marks each place with {name}, and `text` fills those
 * with the stand-ins it is given, which are then replaced by `parts[name]`. A translation can so move a link or a
 * key to wherever its language puts it.
 */
export function RichText<K extends string>({
  text,
  parts,
}: {
  text: (slots: Record<K, string>) => string;
  parts: Record<K, ComponentChildren>;
}) {
  const names = Object.keys(parts) as K[];
  const message = text(Object.fromEntries(names.map((name) => [name, slot(name)])) as Record<K, string>);
  const pieces = message.split(/\ue000([^\ue001]*)\ue001/);
  return <>{pieces.map((piece, i) => (i % 2 === 0 ? piece : <Fragment key={i}>{parts[piece as K]}</Fragment>))}</>;
}
