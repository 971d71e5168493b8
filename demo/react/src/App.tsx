import { useState } from 'react';
// Defines <nutrient-interaction>; the /react typings make it a known JSX element with its attributes and events.
import 'nutrient-interaction';
import type {} from 'nutrient-interaction/react';
import type { Audience } from 'nutrient-interaction';

const TOPICS = {
  'k2-d3': 'Vitamin K2 and vitamin D',
  'vitk-warfarin': 'Vitamin K and warfarin',
  'calcium-iron': 'Calcium and iron',
  'zinc-copper': 'Zinc and copper',
} as const;

export function App() {
  const [topic, setTopic] = useState<keyof typeof TOPICS>('k2-d3');
  const [audience, setAudience] = useState<Audience>('patient');
  const [loaded, setLoaded] = useState<string>();

  return (
    <main style={{ maxWidth: '48rem', margin: '2rem auto', fontFamily: 'system-ui, sans-serif', padding: '0 1rem' }}>
      <h1>Supplement questions</h1>
      <label>
        Topic{' '}
        <select value={topic} onChange={(e) => setTopic(e.target.value as keyof typeof TOPICS)}>
          {Object.entries(TOPICS).map(([slug, label]) => (
            <option key={slug} value={slug}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <p>
        Wording: <strong>{audience}</strong>
        {loaded && <> · loaded <code>{loaded}</code></>}
      </p>
      <nutrient-interaction
        topic={topic}
        audience={audience}
        heading-level={2}
        loading="eager"
        onnutrient-interaction-audience-change={(e) => setAudience(e.detail.audience)}
        onnutrient-interaction-load={(e) => setLoaded(e.detail.slug)}
      />
    </main>
  );
}
