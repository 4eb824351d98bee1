import { act, fireEvent, render, screen } from '@testing-library/react';
import ThemeToggle from '@/components/ThemeToggle';

function mockSystemTheme(dark: boolean) {
  window.matchMedia = jest.fn().mockReturnValue({ matches: dark, addEventListener: jest.fn(), removeEventListener: jest.fn() });
}

describe('ThemeToggle', () => {
  beforeEach(() => {
    delete document.documentElement.dataset.theme;
    localStorage.clear();
  });

  it('starts from the system theme and switches to the other one, remembering it', () => {
    mockSystemTheme(true);
    render(<ThemeToggle label="Dark theme" />);
    const button = screen.getByRole('button', { name: 'Dark theme' });
    expect(button).toHaveAttribute('aria-pressed', 'true');
    act(() => fireEvent.click(button));
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(localStorage.getItem('theme')).toBe('light');
    expect(button).toHaveAttribute('aria-pressed', 'false');
    act(() => fireEvent.click(button));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('theme')).toBe('dark');
  });

  it('follows a choice already applied before it rendered', () => {
    mockSystemTheme(false);
    document.documentElement.dataset.theme = 'dark';
    render(<ThemeToggle label="Dark theme" />);
    expect(screen.getByRole('button')).toHaveAttribute('aria-pressed', 'true');
  });
});
