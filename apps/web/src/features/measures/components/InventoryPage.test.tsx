import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '@/test/render-page';
import { allowConsoleError } from '@/test/setup';
import { json, problem } from '@/test/stub-api';
import { ANONYMOUS, type Answers, EDITOR, fieldProblem, stubInventoryApi, VIEWER } from '../test/inventory-api';
import { InventoryPage } from './InventoryPage';

function renderInventory(session = EDITOR, answers: Answers = {}, lang: 'zh' | 'en' = 'zh') {
  const sent = stubInventoryApi(session, answers);
  const page = renderPage(InventoryPage, { url: '/measures/new', lang });
  const posts = () => sent.filter((s) => s.method === 'POST');
  return { ...page, sent, posts };
}

const form = () => screen.getByRole('form', { name: '逐条录入' });
const field = (name: RegExp) => within(form()).getByRole('textbox', { name });

describe('InventoryPage: one bureau measure', () => {
  it("puts each problem of the API's 400 next to its field and focuses the first one", async () => {
    const { posts, user } = renderInventory(EDITOR, {
      create: () =>
        fieldProblem(400, 'Invalid request', [
          { path: 'body.themes', message: 'pick at least one theme' },
          { path: 'body.title', message: 'a title of at least 2 characters' },
          { path: 'body.url', message: 'a full URL (https://…)' },
        ]),
    });
    await within(await screen.findByRole('group', { name: /^政策主题/ })).findByRole('checkbox', {
      name: '人才',
    });
    await user.type(field(/举措内容/), '对科技型中小企业给予贷款贴息。');
    await user.type(field(/原文网址/), 'kjj.huhhot.gov.cn');
    await user.click(screen.getByRole('button', { name: '保存并送审' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('有 3 处需要修改，尚未保存。');
    const title = field(/标题/);
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(/请填写 2–200 字的标题。.*a title of at least 2 characters/);
    expect(field(/原文网址/)).toHaveAccessibleDescription(/请填写完整网址.*a full URL/);
    expect(field(/举措内容/)).not.toHaveAttribute('aria-invalid');
    const themes = screen.getByRole('group', { name: /^政策主题/ });
    expect(themes).toHaveAccessibleDescription(/请至少选择一个政策主题。.*pick at least one theme/);
    // The first field to fix, in form order, is the themes group: its first box has the focus.
    await waitFor(() => expect(within(themes).getByRole('checkbox', { name: '人才' })).toHaveFocus());
    expect(posts()[0]?.body).toMatchObject({ region: '150100', themes: [], title: '', url: 'kjj.huhhot.gov.cn' });
    // Labels and descriptions point at ids: one clash and a field loses its name in a real browser.
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('saves with the CSRF header, confirms with a link to the review queue, and clears the form', async () => {
    const { posts, user } = renderInventory();
    const themes = await screen.findByRole('group', { name: /^政策主题/ });
    await user.click(await within(themes).findByRole('checkbox', { name: '科技金融' }));
    await user.click(within(themes).getByRole('checkbox', { name: '人才' }));
    expect(screen.getByRole('combobox', { name: '地区' })).toHaveValue('150100');
    await user.type(field(/标题/), '设立科技成果转化贷款风险补偿资金池');
    await user.type(field(/举措内容/), '对合作银行发放的成果转化贷款，按实际损失给予补偿。');
    fireEvent.change(screen.getByLabelText(/日期/), { target: { value: '2024-03-01' } });
    await user.type(field(/政策品牌/), '科技贷、英才兴蒙, 草原英才');
    await user.type(field(/文号/), '呼政办发〔2024〕12号');
    await user.type(field(/原文网址/), 'https://kjj.huhhot.gov.cn/zcfg/12.html');
    await user.click(screen.getByRole('button', { name: '保存并送审' }));

    const confirmation = await screen.findByTestId('entry-confirmation');
    expect(confirmation).toHaveTextContent('已录入“设立科技成果转化贷款风险补偿资金池”，已进入审核队列。');
    expect(within(confirmation).getByRole('link', { name: '在审核队列中查看' })).toHaveAttribute(
      'href',
      '/review?item=measure:41',
    );
    expect(within(confirmation).getByRole('link', { name: '查看录入记录' })).toHaveAttribute('href', '/sources/112');
    await waitFor(() => expect(confirmation).toHaveFocus());
    expect(posts()).toEqual([
      expect.objectContaining({
        path: '/api/measures',
        headers: expect.objectContaining({ 'x-csrf-token': 'csrf-7f3a', 'content-type': 'application/json' }),
        body: {
          region: '150100',
          themes: ['talent', 'tech_finance'],
          title: '设立科技成果转化贷款风险补偿资金池',
          text: '对合作银行发放的成果转化贷款，按实际损失给予补偿。',
          date: '2024-03-01',
          programs: ['科技贷', '英才兴蒙', '草原英才'],
          document: '呼政办发〔2024〕12号',
          url: 'https://kjj.huhhot.gov.cn/zcfg/12.html',
        },
      }),
    ]);
    // Ready for the next entry: empty fields, no theme, the bureau's own city again.
    expect(field(/标题/)).toHaveValue('');
    expect(within(themes).getByRole('checkbox', { name: '科技金融' })).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: '地区' })).toHaveValue('150100');
  });

  it('sends the place chosen in the list, and shows a failure that belongs to no field', async () => {
    allowConsoleError();
    const { posts, user } = renderInventory(EDITOR, {
      create: () => problem(403, 'csrf-token-missing', 'Send the csrfToken from GET /api/auth/session.'),
    });
    const place = await screen.findByRole('combobox', { name: '地区' });
    await within(place).findByRole('option', { name: '南京市' });
    await user.selectOptions(place, '320100');
    await user.click(screen.getByRole('button', { name: '保存并送审' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('无法保存');
    expect(alert).toHaveTextContent('安全令牌缺失或已过期，请刷新页面后重试。');
    expect(posts()[0]?.body).toMatchObject({ region: '320100', programs: [], document: null, url: null });
  });
});

describe('InventoryPage: CSV import', () => {
  const csv = () => new File(['region,themes,title,text,date\n'], '本局政策清单.csv', { type: 'text/csv' });

  it('lists every problem of a refused file with its line and column', async () => {
    const { posts, user } = renderInventory(EDITOR, {
      importCsv: () =>
        fieldProblem(422, 'CSV has errors', [
          { path: 'line 2.region', message: 'unknown place "火星"' },
          { path: 'line 3.date', message: 'a date is YYYY-MM-DD' },
        ]),
    });
    const panel = await screen.findByRole('region', { name: '批量导入（CSV）' });
    expect(within(panel).getByRole('link', { name: '下载 CSV 模板' })).toHaveAttribute(
      'href',
      '/api/measures/import/template',
    );
    await user.upload(within(panel).getByLabelText('CSV 文件'), csv());
    await user.click(within(panel).getByRole('button', { name: '上传并导入' }));

    const heading = await within(panel).findByRole('heading', { name: /文件有 2 处问题，未导入任何内容/ });
    await waitFor(() => expect(heading).toHaveFocus());
    const rows = within(within(panel).getByRole('table')).getAllByRole('row');
    expect(rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent))).toEqual([
      ['行', '列', '问题'],
      ['2', 'region', 'unknown place "火星"'],
      ['3', 'date', 'a date is YYYY-MM-DD'],
    ]);
    const sent = posts()[0]!;
    expect(sent.path).toBe('/api/measures/import');
    expect(sent.headers['x-csrf-token']).toBe('csrf-7f3a');
    expect(((sent.body as FormData).get('file') as File).name).toBe('本局政策清单.csv');
  });

  it('says how many rows an accepted file imported and links to the review queue', async () => {
    const { user } = renderInventory(EDITOR, { importCsv: () => json({ sourceId: 113, status: 'new', rows: 2 }, 201) });
    const panel = await screen.findByRole('region', { name: '批量导入（CSV）' });
    await user.upload(within(panel).getByLabelText('CSV 文件'), csv());
    await user.click(within(panel).getByRole('button', { name: '上传并导入' }));
    const result = await within(panel).findByTestId('csv-result');
    expect(result).toHaveTextContent('已导入 2 条举措，已进入审核队列。');
    expect(within(result).getByRole('link', { name: '到审核队列' })).toHaveAttribute('href', '/review');
    await waitFor(() => expect(result).toHaveFocus());
    expect(within(panel).getByRole('button', { name: '上传并导入' })).toBeDisabled();
  });
});

describe('InventoryPage: who may add', () => {
  it('offers anonymous visitors a login that comes back here, not a form', async () => {
    const { posts } = renderInventory(ANONYMOUS);
    const prompt = await screen.findByRole('region', { name: '需要编辑权限' });
    expect(within(prompt).getByRole('link', { name: '登录后录入' })).toHaveAttribute(
      'href',
      '/login?next=%2Fmeasures%2Fnew',
    );
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '批量导入（CSV）' })).not.toBeInTheDocument();
    expect(posts()).toEqual([]);
  });

  it('tells a viewer which role it takes', async () => {
    renderInventory(VIEWER);
    const prompt = await screen.findByRole('region', { name: '需要编辑权限' });
    expect(prompt).toHaveTextContent('当前用户 li.viewer 是访客，录入需要编辑权限。');
    expect(within(prompt).getByRole('link', { name: '用编辑账号登录' })).toHaveAttribute(
      'href',
      '/login?next=%2Fmeasures%2Fnew',
    );
  });

  it('speaks English in EN mode', async () => {
    renderInventory(EDITOR, {}, 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Add a bureau measure' })).toBeInTheDocument();
    const themes = await screen.findByRole('group', { name: 'Policy themes (required)' });
    expect(await within(themes).findByRole('checkbox', { name: 'Technology finance' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Place' })).toHaveDisplayValue('Hohhot');
    expect(screen.getByRole('button', { name: 'Save for review' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Import a CSV' })).toBeInTheDocument();
  });
});
