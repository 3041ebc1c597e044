import { Briefing } from '../../components/Briefing';

export function App() {
  return (
    <main class="popup">
      <Briefing />
    </main>
  );
}
