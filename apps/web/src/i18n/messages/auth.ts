/** UI strings of the auth feature. `en` must have exactly the keys of `zh`. */
export const zh = {
  'auth.title': '登录',
  'auth.intro': '编辑和管理员登录后可以上传新一期、审核提取结果。浏览数据不需要登录。',
  'auth.username': '用户名',
  'auth.password': '密码',
  'auth.submit': '登录',
  'auth.submitting': '正在登录…',
  'auth.error': '登录失败',
  'auth.missing': '请填写用户名和密码。',
  'auth.loggedInAs': '已登录：{user}（{role}）',
  'auth.continue': '继续',
  'auth.logout': '退出登录',
} as const;
