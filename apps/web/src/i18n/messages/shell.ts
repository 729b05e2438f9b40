/** UI strings of the app shell added with the phone layout and the editors' pages. `en` has exactly the keys of `zh`. */
export const zh = {
  'nav.menu': '菜单',
  'nav.import': '导入',
  'nav.audit': '审计日志',
  'gate.loading': '正在确认登录状态…',
  'gate.error': '无法确认登录状态',
  'gate.errorHint': '请检查网络后重试。',
  'gate.retry': '重试',
  'gate.forbidden': '没有权限',
  'gate.needsEditor': '此页需要“编辑”角色；当前用户 {user} 是“{role}”。请联系管理员开通权限。',
} as const;
