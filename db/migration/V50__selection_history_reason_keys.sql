-- Reasons the portal itself wrote into a round's or a nomination's history were Chinese words, shown as such on
-- English pages; they are message keys now (shared.HistoryReason), and the rows written before say so too.
update selection_state_change set reason_key = 'selection.history.windowClosed', reason = null
 where reason = '申报截止，系统自动关闭申报';
update selection_state_change set reason_key = 'selection.history.provinceRun', reason = null
 where reason = '省属单位，免市州推荐';
