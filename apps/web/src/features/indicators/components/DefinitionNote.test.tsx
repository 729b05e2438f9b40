import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '@/test/render-page';
import { stubApi } from '@/test/stub-api';
import { DefinitionNote } from './DefinitionNote';

const NOTE = { definitionNote: '地区生产总值（现价）', definitionNoteEn: 'Gross regional product at current prices' };

describe('DefinitionNote', () => {
  it('shows the English note in English and the Chinese one in Chinese', () => {
    stubApi();
    renderPage(() => <DefinitionNote indicator={NOTE} />, { url: '/indicators', lang: 'en' });
    expect(screen.getByText(NOTE.definitionNoteEn)).toBeInTheDocument();
    expect(screen.queryByText(NOTE.definitionNote)).toBeNull();
  });

  it('says so where only the Chinese note exists', () => {
    stubApi();
    renderPage(() => <DefinitionNote indicator={{ definitionNote: NOTE.definitionNote }} />, {
      url: '/indicators',
      lang: 'en',
    });
    expect(screen.getByText(NOTE.definitionNote)).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getByText(/Chinese only/)).toBeInTheDocument();
  });
});
