/** A due date relative to now, in words: "in 3 days", "in 5 hours", "now"; 3 天后, 5 小时后. */
export function formatWhen(due: Date, now: Date, lang: string): string {
  const ms = due.getTime() - now.getTime();
  const zh = lang === 'zh';
  if (ms <= 0) return zh ? '现在' : 'now';
  const hours = ms / 3_600_000;
  if (hours < 1) {
    const m = Math.max(1, Math.round(ms / 60_000));
    return zh ? `${m} 分钟后` : `in ${m} minute${m === 1 ? '' : 's'}`;
  }
  if (hours < 36) {
    const h = Math.round(hours);
    return zh ? `${h} 小时后` : `in ${h} hour${h === 1 ? '' : 's'}`;
  }
  const d = Math.round(hours / 24);
  return zh ? `${d} 天后` : `in ${d} day${d === 1 ? '' : 's'}`;
}
