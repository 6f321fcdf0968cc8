-- Saihan District's subdistricts and towns (spec §2.1) and its specialty products (spec §2.2).
-- GTINs are 6901234 (a demonstration GS1 company prefix) + item reference + GS1 check digit.

INSERT INTO town (code, name_zh, name_en) VALUES
    ('renminlu',         '人民路街道',       'Renminlu Subdistrict'),
    ('daxuexilu',        '大学西路街道',     'Daxuexilu Subdistrict'),
    ('wulanchabudonglu', '乌兰察布东路街道', 'Wulanchabudonglu Subdistrict'),
    ('daxuedonglu',      '大学东路街道',     'Daxuedonglu Subdistrict'),
    ('zhongzhuanlu',     '中专路街道',       'Zhongzhuanlu Subdistrict'),
    ('zhaowudalu',       '昭乌达路街道',     'Zhaowudalu Subdistrict'),
    ('bayan',            '巴彦街道',         'Bayan Subdistrict'),
    ('chilechuanlu',     '敕勒川路街道',     'Chilechuanlu Subdistrict'),
    ('yulin',            '榆林镇',           'Yulin Town'),
    ('huangheshao',      '黄合少镇',         'Huangheshao Town'),
    ('jinhe',            '金河镇',           'Jinhe Town');

INSERT INTO product (code, name_zh, name_en, category, gtin) VALUES
    ('TPZ-TOMATO',     '太平庄番茄',         'Taipingzhuang tomato',               'VEGETABLE', '06901234000016'),
    ('HST-PITAYA',     '黑沙图红心火龙果',   'Heishatu red-flesh dragon fruit',    'FRUIT',     '06901234000023'),
    ('SYBL-MELON',     '赛音不浪网纹瓜',     'Saiyinbulang netted melon',          'FRUIT',     '06901234000030'),
    ('GCL-PUMPKIN',    '格此老南瓜',         'Geci Lao pumpkin',                   'VEGETABLE', '06901234000047'),
    ('GDL-STRAWBERRY', '郜独利草莓',         'Gaoduli strawberry',                 'FRUIT',     '06901234000054'),
    ('XTSH-GRAPE',     '西讨速号葡萄',       'Xitaosuhao grape',                   'FRUIT',     '06901234000061'),
    ('QGT-PERILLA',    '七圪台紫苏',         'Qigetai perilla',                    'HERB',      '06901234000078'),
    ('BY-BITTERGOURD', '白玉苦瓜',           'Baiyu bitter gourd',                 'VEGETABLE', '06901234000085'),
    ('ML-FLOWER',      '蒙兰花卉',           'Menglan flowers',                    'FLOWER',    '06901234000092');
