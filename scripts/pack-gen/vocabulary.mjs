// The words the synthetic pack is written with: concepts of the course's
// domain (each with a Chinese name, an English noun phrase, a short
// definition in both languages) and sentence templates that combine them.
//
// Chinese strings follow the lint typography rules: only full-width
// punctuation, no Latin letters or digits next to Chinese characters without
// a space, no repeated punctuation. English phrases read as plural or mass
// nouns (or carry their own article) so one template fits every concept.

/** @typedef {{ id: string, zh: string, en: string, defZh: string, defEn: string, abbr?: string }} Concept */

/** @type {Concept[]} */
export const CONCEPTS = [
  ['attention', '注意力机制', 'attention', '按相关程度给上下文中的词分配权重', 'giving each word of the context a weight by relevance'],
  ['self-attention', '自注意力', 'self-attention', '让序列中的每个词关注同一序列里的其他词', 'letting every word attend to the other words of the same sequence'],
  ['multi-head-attention', '多头注意力', 'multi-head attention', '并行运行多组注意力再把结果拼接起来', 'running several attention heads in parallel and joining their results'],
  ['tokens', '词元', 'tokens', '模型读入和预测文本时使用的基本单位', 'the units of text a model reads and predicts'],
  ['tokenization', '分词', 'tokenization', '把原始文本切分成词元的过程', 'splitting raw text into tokens'],
  ['vocabulary', '词表', 'the vocabulary', '模型能够识别的全部词元的集合', 'the set of all tokens a model knows'],
  ['parameters', '参数', 'parameters', '模型在训练中学到的全部数值', 'the numbers a model learns during training'],
  ['weights', '权重', 'weights', '连接神经元的可学习数值', 'the learnable numbers that connect neurons'],
  ['embeddings', '嵌入向量', 'embeddings', '用一串数字表示一个词元的方法', 'representing a token as a list of numbers'],
  ['positional-encoding', '位置编码', 'positional encodings', '告诉模型每个词元在序列中位置的信号', 'signals that tell the model where each token sits'],
  ['context-window', '上下文窗口', 'the context window', '模型一次能够看到的最大词元数量', 'the largest number of tokens a model can see at once'],
  ['pre-training', '预训练', 'pre-training', '在海量无标注文本上学习通用的语言规律', 'learning general patterns of language from huge unlabelled text'],
  ['fine-tuning', '微调', 'fine-tuning', '用少量带标注的数据让模型适应具体任务', 'adapting a model to a task with a little labelled data'],
  ['instruction-tuning', '指令微调', 'instruction tuning', '用指令和回答组成的样本训练模型听从指令', 'training a model on instructions and answers so that it follows requests'],
  ['rlhf', '基于人类反馈的强化学习', 'reinforcement learning from human feedback', '根据人类对回答的偏好继续优化模型', 'improving a model from human preferences between answers', 'RLHF'],
  ['loss-function', '损失函数', 'the loss function', '衡量预测与正确答案差距的函数', 'a function that measures how far predictions are from the answers'],
  ['gradient-descent', '梯度下降', 'gradient descent', '沿着让损失变小的方向一步步调整参数', 'adjusting parameters step by step in the direction that lowers the loss'],
  ['learning-rate', '学习率', 'the learning rate', '每一步调整参数的幅度', 'how large each update to the parameters is'],
  ['batch-size', '批大小', 'the batch size', '每一步训练同时使用的样本数量', 'how many examples each training step uses'],
  ['decoder', '解码器', 'the decoder', '根据已有内容逐个生成词元的模块', 'the block that generates tokens one by one from what came before'],
  ['encoder', '编码器', 'the encoder', '把输入文本转换成向量表示的模块', 'the block that turns input text into vectors'],
  ['perplexity', '困惑度', 'perplexity', '衡量模型对一段文本有多意外的指标', 'a measure of how surprised a model is by a text'],
  ['temperature', '采样温度', 'temperature', '控制采样随机程度的设置', 'a setting that controls how random sampling is'],
  ['beam-search', '束搜索', 'beam search', '同时保留几条最有希望的候选序列', 'keeping the few most promising candidate sequences at once'],
  ['corpus', '语料库', 'the training corpus', '用来训练模型的大规模文本集合', 'the large collection of text a model is trained on'],
  ['hidden-layers', '隐藏层', 'hidden layers', '输入和输出之间的中间计算层', 'the layers of computation between input and output'],
  ['feed-forward', '前馈网络', 'feed-forward layers', '对每个位置单独做非线性变换的网络', 'networks that transform each position on its own'],
  ['residual-connections', '残差连接', 'residual connections', '把一层的输入直接加到它的输出上', 'adding the input of a layer straight to its output'],
  ['layer-norm', '层归一化', 'layer normalisation', '把每一层的数值调整到稳定的范围', 'keeping the values of each layer in a stable range'],
  ['softmax', '归一化指数函数', 'softmax', '把一组分数转换成概率分布', 'turning a list of scores into a probability distribution'],
  ['probability', '概率分布', 'probability distributions', '给每个可能结果分配的可能性', 'the likelihood given to each possible outcome'],
  ['chain-of-thought', '思维链', 'chain-of-thought prompting', '让模型先写出中间的推理步骤', 'asking a model to write out its intermediate steps'],
  ['in-context-learning', '上下文学习', 'in-context learning', '只看提示中的几个示例就学会新任务', 'learning a new task from a few examples in the prompt'],
  ['emergent-abilities', '涌现能力', 'emergent abilities', '只有模型足够大时才出现的能力', 'abilities that appear only once a model is large enough'],
  ['scaling-laws', '缩放定律', 'scaling laws', '性能随规模变化的经验规律', 'the observed rules for how performance changes with scale'],
  ['compute', '算力', 'compute', '训练和运行模型所需的计算资源', 'the computing resources needed to train and run a model'],
  ['hallucination', '幻觉', 'hallucinations', '模型自信地给出错误内容的现象', 'a model confidently stating something false'],
  ['prompts', '提示词', 'prompts', '交给模型的输入文字', 'the text given to a model as its input'],
  ['n-gram', '元语法模型', 'n-gram models', '只根据前面几个词预测下一个词的统计模型', 'statistical models that predict a word from the few words before it'],
  ['word-vectors', '词向量', 'word vectors', '把意思相近的词放在相近位置的向量', 'vectors that place words of similar meaning close together'],
  ['rnn', '循环神经网络', 'recurrent networks', '一步一步读序列并保留内部状态的网络', 'networks that read a sequence step by step and keep a state', 'RNN'],
  ['lstm', '长短期记忆网络', 'long short-term memory', '用门控决定保留和遗忘哪些信息的网络', 'networks whose gates decide what to keep and what to forget', 'LSTM'],
  ['transformer', '变换器架构', 'the Transformer', '完全基于注意力的神经网络结构', 'a network architecture built entirely on attention'],
  ['distillation', '知识蒸馏', 'knowledge distillation', '让小模型模仿大模型的输出', 'training a small model to imitate a large one'],
  ['quantisation', '量化', 'quantisation', '用更少的比特存储参数', 'storing parameters with fewer bits'],
  ['mixture-of-experts', '混合专家模型', 'mixture of experts', '每次只激活一部分子网络的结构', 'an architecture that activates only some sub-networks for each token', 'MoE'],
  ['kv-cache', '键值缓存', 'the key-value cache', '保存已经算过的注意力结果以加快生成', 'keeping earlier attention results to speed up generation'],
  ['sampling', '采样', 'sampling', '按概率从候选词元中选出下一个', 'choosing the next token at random by probability'],
  ['alignment', '对齐', 'alignment', '让模型的行为符合人类的意图', 'making a model behave as people intend'],
  ['evaluation', '评测', 'evaluation', '用基准任务检验模型的能力', 'testing what a model can do on benchmark tasks'],
].map(([id, zh, en, defZh, defEn, abbr]) => (abbr ? { id, zh, en, defZh, defEn, abbr } : { id, zh, en, defZh, defEn }));

/** A relation between concept A and concept B: one fact sentence per language, without final punctuation. */
export const RELATIONS = [
  { zh: (a, b) => `${a}决定了模型如何利用${b}`, en: (a, b) => `${a} can decide how the model uses ${b}` },
  { zh: (a, b) => `训练时，${a}会不断影响${b}`, en: (a, b) => `during training, ${a} will keep shaping ${b}` },
  { zh: (a, b) => `没有${a}，${b}就很难发挥作用`, en: (a, b) => `without ${a}, ${b} would hardly work` },
  { zh: (a, b) => `研究者常用${a}来改进${b}`, en: (a, b) => `researchers often use ${a} to improve ${b}` },
  { zh: (a, b) => `${a}和${b}通常在同一个模块里配合使用`, en: (a, b) => `${a} and ${b} usually work together in the same block` },
  { zh: (a, b) => `${a}的质量直接影响${b}`, en: (a, b) => `the quality of ${a} directly affects ${b}` },
  { zh: (a, b) => `很多模型先处理${a}，再处理${b}`, en: (a, b) => `many models handle ${a} first and ${b} afterwards` },
  { zh: (a, b) => `${a}可以看作${b}的一种补充`, en: (a, b) => `${a} can be seen as a complement to ${b}` },
];

/** The numeric fact of a section; the evidence is the part after the lead-in. */
export const NUMERIC = {
  lead: { zh: '本节的示例', en: 'the example in this section' },
  zh: (a, n) => `在${a}上一共用了 ${n} 个参数`,
  en: (a, n) => `spends ${n} parameters on ${a}`,
  promptZh: (a) => `本节的示例在${a}上一共用了多少个参数？`,
  promptEn: (a) => `How many parameters does the example in this section spend on ${a}?`,
};

/** Section title patterns. */
export const TITLES = [
  { zh: (a) => a, en: (a) => a },
  { zh: (a) => `${a}的作用`, en: (a) => `The role of ${a}` },
  { zh: (a) => `${a}如何工作`, en: (a) => `How ${a} works` },
  { zh: (a) => `理解${a}`, en: (a) => `Understanding ${a}` },
  { zh: (a) => `${a}的局限`, en: (a) => `The limits of ${a}` },
];

/** Sentences that carry no fact, to give paragraphs a natural length. */
export const FILLERS = [
  ['这一点在实践中非常重要。', 'This matters a great deal in practice.'],
  ['初学者常常忽略这一点。', 'Beginners often overlook this.'],
  ['下面用一个简单的例子来说明。', 'A simple example makes this clearer.'],
  ['不同的模型在细节上各有取舍。', 'Different models make different trade-offs in the details.'],
  ['这也是近几年研究最活跃的方向之一。', 'This has been one of the most active research areas in recent years.'],
  ['理解了这一点，后面的内容就容易多了。', 'Once this is clear, the rest follows more easily.'],
  ['当然，实际系统要复杂得多。', 'Real systems are, of course, far more complex.'],
  ['我们会在后面的章节再回到这个问题。', 'We will come back to this in later chapters.'],
  ['规模越大，这种效果通常越明显。', 'The larger the model, the stronger this effect usually is.'],
  ['工程上的细节往往决定最终的效果。', 'Engineering details often decide the final result.'],
  ['早期的模型在这方面做得并不好。', 'Early models did not do well here.'],
  ['这个问题至今仍没有完美的答案。', 'There is still no perfect answer to this question.'],
];

/** Sample code shown in a few sections (identical in both languages). */
export const CODE = [
  ['python', 'scores = query @ keys.T / math.sqrt(dim)\nweights = softmax(scores)\noutput = weights @ values'],
  ['python', 'probs = softmax(logits / temperature)\nnext_token = sample(probs)'],
  ['text', '我 / 喜欢 / 吃 / 苹果\nI / like / eating / apples'],
];
