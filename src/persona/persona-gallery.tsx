import PresetCards from './preset-cards';
import { SavedPersonas } from './saved-personas';

// Loaded lazily: the presets are the largest static data of the studio and not needed for the first paint.
export default function PersonaGallery() {
  return (
    <>
      <PresetCards />
      <SavedPersonas />
    </>
  );
}
