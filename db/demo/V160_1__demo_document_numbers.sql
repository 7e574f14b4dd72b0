-- Demo: the 文号 of the demo rounds' official documents (the 公示 notice PDF and, for the closed round, the 立项 list).
update selection_round set notice_number = '湘教通〔2026〕31号' where title = '2026年楚怡优秀技工院校遴选（演示）';
update selection_round set notice_number = '湘教通〔2022〕88号', designation_number = '湘教发〔2022〕45号' where title = '2022年楚怡文化传承基地遴选（演示）';
